/*
 * What every benchmark measures the same way: wall-clock time from a
 * monotonic clock, and peak resident memory from the kernel's accounting.
 */
#ifndef DYAD_BENCH_UTIL_H
#define DYAD_BENCH_UTIL_H

#include <sys/resource.h>
#include <time.h>

static inline double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Peak resident set size of this process so far, in KiB. */
static inline long bench_peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

#endif
