/* bench_pty: drives the real viewer in a pseudo-terminal and measures each kind of key. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_util.h"

/* The child under measurement and what it wrote to its terminal. */
struct child {
	pid_t pid;
	int fd;
	int valgrind;
	const char *cgout; /* callgrind's output file, under valgrind */
	unsigned long long bytes;
	int dumps;
	int main_only; /* settle: wait for the main thread alone, not the workers */
};

static void die(const char *what)
{
	fprintf(stderr, "bench_pty: %s: %s\n", what, strerror(errno));
	exit(2);
}

/* On-CPU time of the child so far in nanoseconds (/proc/PID/schedstat). */
static unsigned long long child_cpu_ns(const struct child *c)
{
	char path[64];
	unsigned long long ns = 0;
	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)c->pid);
	FILE *f = fopen(path, "r");
	if (!f || fscanf(f, "%llu", &ns) != 1)
		die("cannot read the child's schedstat");
	fclose(f);
	return ns;
}

/* The scheduler state letter (R running, S sleeping...) in a stat file. */
static char stat_state(const char *path)
{
	char buf[512];
	FILE *f = fopen(path, "r");
	if (!f)
		return '?';
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	const char *p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : '?';
}

/* 'S' when every thread of the child sleeps (the search's workers, which
 * start at the first screen, included; with main_only the main thread alone),
 * else the state of one that does not. */
static char child_state(const struct child *c)
{
	char path[96];
	snprintf(path, sizeof path, "/proc/%d/task", (int)c->pid);
	DIR *d = c->main_only ? NULL : opendir(path);
	if (!d) {
		snprintf(path, sizeof path, "/proc/%d/stat", (int)c->pid);
		return stat_state(path);
	}
	char state = '?';
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "/proc/%d/task/%.20s/stat", (int)c->pid, e->d_name);
		char t = stat_state(path);
		if (t == '?') /* a thread that just ended */
			continue;
		state = t;
		if (t != 'S')
			break;
	}
	closedir(d);
	return state;
}

/* A field of /proc/PID/status in KiB (VmHWM: peak resident memory). */
static long child_status_kb(const struct child *c, const char *field)
{
	char path[64], line[256];
	long kb = -1;
	snprintf(path, sizeof path, "/proc/%d/status", (int)c->pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, field, strlen(field)))
			kb = atol(line + strlen(field) + 1);
	fclose(f);
	return kb;
}

/* Reads what the child writes until it has written something, then nothing for
 * a while, and sleeps waiting for input (every thread, unless main_only): the
 * key is handled and drawn, and no work it started goes on into the next. */
static void settle(struct child *c, int need_output)
{
	int quiet_ms = c->valgrind ? 400 : 30, got = 0;
	double deadline = bench_now() + (c->valgrind ? 600 : 60);
	char buf[65536];
	for (;;) {
		struct pollfd p = {.fd = c->fd, .events = POLLIN};
		int r = poll(&p, 1, quiet_ms);
		if (r > 0) {
			ssize_t n = read(c->fd, buf, sizeof buf);
			if (n > 0) {
				c->bytes += (unsigned long long)n;
				got = 1;
				continue;
			}
			if (n < 0 && errno != EAGAIN && errno != EINTR) {
				fprintf(stderr, "bench_pty: the viewer ended early\n");
				exit(2);
			}
		}
		if ((got || !need_output) && child_state(c) == 'S')
			return;
		if (bench_now() > deadline) {
			fprintf(stderr, "bench_pty: the viewer did not settle\n");
			exit(2);
		}
	}
}

/* Reads what the child writes until text shows in it (drawn in one piece, as
 * ncurses writes a run of one colour); seconds since t0. */
static double wait_text(struct child *c, const char *text, double t0)
{
	size_t tl = strlen(text), have = 0;
	char buf[65536 + 256];
	double deadline = bench_now() + 120;
	if (tl == 0 || tl > 256)
		return -1;
	for (;;) {
		struct pollfd p = {.fd = c->fd, .events = POLLIN};
		if (poll(&p, 1, 100) > 0) {
			ssize_t n = read(c->fd, buf + have, sizeof buf - have);
			if (n < 0 && errno != EAGAIN && errno != EINTR) {
				fprintf(stderr, "bench_pty: the viewer ended early\n");
				exit(2);
			}
			if (n > 0) {
				c->bytes += (unsigned long long)n;
				have += (size_t)n;
				if (memmem(buf, have, text, tl))
					return bench_now() - t0;
				/* The tail may hold the start of the text. */
				size_t keep = have < tl - 1 ? have : tl - 1;
				memmove(buf, buf + have - keep, keep);
				have = keep;
			}
		}
		if (bench_now() > deadline) {
			fprintf(stderr, "bench_pty: \"%s\" never showed\n", text);
			exit(2);
		}
	}
}

static void send_keys(struct child *c, const char *keys, size_t len)
{
	if (write(c->fd, keys, len) != (ssize_t)len)
		die("write to the terminal");
}

/* Instructions since the last dump, from a callgrind dump of the running child. */
static unsigned long long callgrind_dump(struct child *c)
{
	char cmd[256], path[512];
	unsigned long long ir = 0;
	snprintf(cmd, sizeof cmd, "callgrind_control -d %d >/dev/null 2>&1", (int)c->pid);
	if (system(cmd) != 0)
		die("callgrind_control -d");
	c->dumps++;
	snprintf(path, sizeof path, "%s.%d", c->cgout, c->dumps);
	for (int tries = 0; tries < 200; tries++) {
		/* A dump may count nothing (one taken right after another). */
		if (bench_callgrind_dump(c->cgout, c->dumps, &ir) > 0)
			return ir;
		usleep(50000);
	}
	fprintf(stderr, "bench_pty: no callgrind dump in %s\n", path);
	exit(2);
}

/* Turns "^F" into Ctrl-F and "\r" into a carriage return; the rest is literal. */
static size_t decode_keys(const char *in, char *out)
{
	size_t n = 0;
	for (const char *p = in; *p; p++) {
		if (p[0] == '^' && p[1]) {
			out[n++] = (char)(p[1] & 0x1f);
			p++;
		} else if (p[0] == '\\' && p[1] == 'r') {
			out[n++] = '\r';
			p++;
		} else {
			out[n++] = *p;
		}
	}
	return n;
}

static int cmp_ull(const void *a, const void *b)
{
	unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
	return x < y ? -1 : x > y;
}

/* Sends one action reps times, each measured alone; prints the medians.
 * spec is KEYS, or SETUP|KEYS|AFTER: SETUP and AFTER are sent and settled
 * around each measured KEYS without being counted (a prompt opened, then
 * closed again). */
static void measure(struct child *c, const char *name, const char *spec, int reps)
{
	char part[3][256] = {"", "", ""}, keys[3][256];
	size_t len[3];
	const char *bar = strchr(spec, '|');
	if (bar) {
		const char *bar2 = strchr(bar + 1, '|');
		snprintf(part[0], sizeof part[0], "%.*s", (int)(bar - spec), spec);
		snprintf(part[1], sizeof part[1], "%.*s",
		         (int)(bar2 ? bar2 - bar - 1 : (long)strlen(bar + 1)), bar + 1);
		snprintf(part[2], sizeof part[2], "%s", bar2 ? bar2 + 1 : "");
	} else {
		snprintf(part[1], sizeof part[1], "%s", spec);
	}
	for (int k = 0; k < 3; k++)
		len[k] = decode_keys(part[k], keys[k]);
	unsigned long long *cpu = calloc((size_t)reps, sizeof *cpu);
	unsigned long long *bytes = calloc((size_t)reps, sizeof *bytes);
	unsigned long long *ir = calloc((size_t)reps, sizeof *ir);
	if (!cpu || !bytes || !ir)
		die("calloc");
	for (int i = 0; i < reps; i++) {
		if (len[0]) {
			send_keys(c, keys[0], len[0]);
			settle(c, 0);
		}
		if (c->valgrind)
			callgrind_dump(c); /* zero the count before the measured keys */
		unsigned long long t0 = child_cpu_ns(c), b0 = c->bytes;
		send_keys(c, keys[1], len[1]);
		settle(c, 0);
		cpu[i] = child_cpu_ns(c) - t0;
		bytes[i] = c->bytes - b0;
		if (c->valgrind)
			ir[i] = callgrind_dump(c);
		if (len[2]) {
			send_keys(c, keys[2], len[2]);
			settle(c, 0);
		}
	}
	qsort(cpu, (size_t)reps, sizeof *cpu, cmp_ull);
	qsort(bytes, (size_t)reps, sizeof *bytes, cmp_ull);
	qsort(ir, (size_t)reps, sizeof *ir, cmp_ull);
	printf("action=%s reps=%d cpu_us=%.1f bytes=%llu", name, reps, cpu[reps / 2] / 1e3,
	       bytes[reps / 2]);
	/* The median too: once a minute the viewer redraws the relative times on
	 * an idle tick, and under callgrind that lands inside some key's count. */
	if (c->valgrind)
		printf(" ir=%llu ir_max=%llu", ir[reps / 2], ir[reps - 1]);
	printf("\n");
	fflush(stdout);
	free(cpu);
	free(bytes);
	free(ir);
}

static void start(struct child *c, char **argv, int rows, int cols)
{
	struct winsize ws = {.ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols};
	c->pid = forkpty(&c->fd, NULL, NULL, &ws);
	if (c->pid < 0)
		die("forkpty");
	if (c->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		unsetenv("NO_COLOR");
		execvp(argv[0], argv);
		_exit(127);
	}
	fcntl(c->fd, F_SETFL, fcntl(c->fd, F_GETFL) | O_NONBLOCK);
}

static int usage(void)
{
	fprintf(stderr, "usage: bench_pty [-c CALLGRIND_OUT] [-n REPS] [-s ROWSxCOLS] [-w TEXT] "
	                "THREAD BIN [BIN_ARGS...] -- NAME=KEYS...\n"
	                "KEYS: ^X is Ctrl-X, \\r is Enter; SETUP|KEYS|AFTER measures only KEYS\n"
	                "-w TEXT: also report first_text_s, when TEXT is first drawn\n"
	                "-f KEYS=TEXT: right after the first screen send KEYS and report\n"
	                "   first_search_s, the seconds until TEXT is drawn\n");
	return 64;
}

int main(int argc, char **argv)
{
	struct child c = {0};
	int reps = 21, rows = 50, cols = 160, opt;
	const char *first_text = NULL;
	char *first_search = NULL;
	while ((opt = getopt(argc, argv, "+c:f:n:s:w:")) != -1) {
		if (opt == 'c')
			c.cgout = optarg;
		else if (opt == 'w')
			first_text = optarg;
		else if (opt == 'f' && strchr(optarg, '='))
			first_search = optarg;
		else if (opt == 'n')
			reps = atoi(optarg);
		else if (opt == 's' && sscanf(optarg, "%dx%d", &rows, &cols) == 2)
			;
		else
			return usage();
	}
	int sep = optind;
	while (sep < argc && strcmp(argv[sep], "--"))
		sep++;
	if (argc - optind < 2 || sep >= argc || reps < 1)
		return usage();
	const char *thread = argv[optind];
	char **cargv = calloc((size_t)(sep - optind + 8), sizeof *cargv);
	char cgopt[600];
	int k = 0;
	if (c.cgout) {
		c.valgrind = 1;
		snprintf(cgopt, sizeof cgopt, "--callgrind-out-file=%s", c.cgout);
		cargv[k++] = "valgrind";
		cargv[k++] = "--tool=callgrind";
		cargv[k++] = cgopt;
	}
	for (int i = optind + 1; i < sep; i++)
		cargv[k++] = argv[i];
	cargv[k++] = (char *)thread;
	double t0 = bench_now();
	start(&c, cargv, rows, cols);
	/* The first screen: when that text is drawn (a loading page may come
	 * long before the viewer settles). */
	double first_s = first_text ? wait_text(&c, first_text, t0) : -1;
	/* The first screen is there when the main thread waits for keys; the
	 * search's workers it started then may still fold. A first search is
	 * typed at that moment; otherwise the peak memory is read once they
	 * are done too, so that it holds the folded text every time. */
	c.main_only = 1;
	settle(&c, 1);
	double open_s = bench_now() - t0, open_cpu_s = child_cpu_ns(&c) / 1e9;
	unsigned long long first_bytes = c.bytes;
	c.main_only = 0;
	if (!first_search)
		settle(&c, 0);
	printf("open_s=%.4f open_cpu_s=%.4f open_maxrss_kb=%ld first_bytes=%llu", open_s,
	       open_cpu_s, child_status_kb(&c, "VmHWM:"), first_bytes);
	if (first_text)
		printf(" first_text_s=%.4f", first_s);
	printf("\n");
	if (c.valgrind)
		printf("open_ir=%llu\n", callgrind_dump(&c));
	if (first_search) { /* a search typed at once: its text may still be folding */
		char keys[256], *eq = strchr(first_search, '=');
		*eq = '\0';
		size_t len = decode_keys(first_search, keys);
		double t1 = bench_now();
		send_keys(&c, keys, len);
		printf("first_search_s=%.4f\n", wait_text(&c, eq + 1, t1));
		settle(&c, 0);
	}
	for (int i = sep + 1; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		if (!eq)
			return usage();
		*eq = '\0';
		measure(&c, argv[i], eq + 1, reps);
	}
	printf("maxrss_kb=%ld\n", child_status_kb(&c, "VmHWM:"));
	send_keys(&c, "q", 1);
	int status;
	for (;;) {
		char buf[4096];
		if (read(c.fd, buf, sizeof buf) <= 0 && errno != EAGAIN)
			break;
		if (waitpid(c.pid, &status, WNOHANG) == c.pid)
			return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
		usleep(10000);
	}
	waitpid(c.pid, &status, 0);
	free(cargv);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
