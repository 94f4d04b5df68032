/*
 * grpc_private.h - what runtime/grpc_private.c offers process.c: gRPC
 * Core's fork support driven step by step through private (C++) symbols of
 * gRPC and absl, resolved with dlsym at load and used only on the gRPC
 * build they were written for.  Everywhere else ("safe mode") none of them
 * is touched: the parent does nothing at fork, and a forked child cannot
 * create clients.  Loop thread (and fork handlers) only.
 */
#ifndef EE_GRPC_PRIVATE_H
#define EE_GRPC_PRIVATE_H

/* At module load (BOOT): resolve the symbols and check the gRPC version,
 * the absl namespace and EV_ETCD_FORK_SAFE_MODE; decides the mode once. */
void ee_gp_load(void);
/* NULL in full mode; else why the fork support is in safe mode. */
const char *ee_gp_safe_reason(void);

/* Full mode only (they do nothing in safe mode). */
void ee_gp_fork_enable(void);     /* before grpc_init: switch gRPC's fork support on */
void ee_gp_after_init(void);      /* after grpc_init: executor without threads, keep iomgr's reset */
int  ee_gp_fork_enabled(void);    /* gRPC's fork support is on (0 in safe mode) */
int  ee_gp_prefork(void);         /* 1: gRPC is ready for the child; 0: it stayed busy.  Leaves
                                   * gRPC's log verbosity at INFO: the caller restores it */
void ee_gp_parent(int prepared);  /* in the parent after the fork */
void ee_gp_child(void);           /* in a child gRPC was prepared for: fresh pollers, timers */
void ee_gp_log(const char *message);   /* every gRPC log line (ee_gp_prefork reads them) */

#endif
