/* time.c: the `time` module: the clocks (time, monotonic, perf_counter, process_time and
 * their _ns forms), sleep, struct_time with gmtime/localtime/mktime, strftime, asctime,
 * ctime, and the timezone constants computed at import as CPython does. */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "../memory/alloc.h"
#include "../object/dict.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/namespace.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

static GetSetDef struct_time_fields[] = {
    STRUCTSEQ_FIELD("tm_year", 0),  STRUCTSEQ_FIELD("tm_mon", 1),  STRUCTSEQ_FIELD("tm_mday", 2),
    STRUCTSEQ_FIELD("tm_hour", 3),  STRUCTSEQ_FIELD("tm_min", 4),  STRUCTSEQ_FIELD("tm_sec", 5),
    STRUCTSEQ_FIELD("tm_wday", 6),  STRUCTSEQ_FIELD("tm_yday", 7), STRUCTSEQ_FIELD("tm_isdst", 8),
    {NULL, NULL, NULL, NULL, NULL},
};
Type type_struct_time = STRUCTSEQ_TYPE("time.struct_time", struct_time_fields);

/* ---- clocks ---- */

static int read_clock(clockid_t id, struct timespec *ts) {
    if (clock_gettime(id, ts) == 0) return 0;
    err_format(&exc_OSError, "clock_gettime failed: %s", strerror(errno));
    return -1;
}

static Value clock_seconds(clockid_t id) {
    struct timespec ts;
    if (read_clock(id, &ts) < 0) return NULL;
    return float_new((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Value clock_nanoseconds(clockid_t id) {
    struct timespec ts;
    if (read_clock(id, &ts) < 0) return NULL;
    return int_from_long((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

#define CLOCK_FUNCS(name, id)                                                                      \
    static Value time_##name(Value self, Value const *args, size_t nargs, Value kwnames) {         \
        if (args_none("time." #name, nargs) < 0) return NULL;                                      \
        return clock_seconds(id);                                                                  \
    }                                                                                              \
    static Value time_##name##_ns(Value self, Value const *args, size_t nargs, Value kwnames) {    \
        if (args_none("time." #name "_ns", nargs) < 0) return NULL;                                \
        return clock_nanoseconds(id);                                                              \
    }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static Value time_get_clock_info(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const struct {
        const char *name, *impl;
        clockid_t id;
        bool monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true,
         false},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true,
         false},
    };
    if (args_exactly_one("get_clock_info", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "get_clock_info() argument must be str, not %T", args[0]);
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (!str_equal_cstr(args[0], clocks[i].name)) continue;
        struct timespec res;
        clock_getres(clocks[i].id, &res);
        Value d = dict_new();
        Value impl = str_from_cstr(clocks[i].impl);
        Value resolution = float_new((double)res.tv_sec + (double)res.tv_nsec * 1e-9);
        Value ns = NULL;
        if (d && impl && resolution && dict_set_cstr(d, "implementation", impl) == 0 &&
            dict_set_cstr(d, "monotonic", bool_value(clocks[i].monotonic)) == 0 &&
            dict_set_cstr(d, "adjustable", bool_value(clocks[i].adjustable)) == 0 &&
            dict_set_cstr(d, "resolution", resolution) == 0)
            ns = namespace_new(d);
        xdecref(d);
        xdecref(impl);
        xdecref(resolution);
        return ns;
    }
    return err_format(&exc_ValueError, "unknown clock");
}

static Value time_sleep(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("time.sleep", nargs) < 0) return NULL;
    double secs;
    if (is_float(args[0])) {
        secs = float_value(args[0]);
        if (isnan(secs)) return err_format(&exc_ValueError, "Invalid value NaN (not a number)");
    } else {
        Value i = object_index(args[0]);
        if (!i) return NULL;
        secs = int_as_double(i);
        decref(i);
        if (secs == -1.0 && err_occurred()) return NULL;
    }
    if (secs < 0) return err_format(&exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9)
        return err_format(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) != 0) {
        if (errno != EINTR) return err_format(&exc_OSError, "%s", strerror(errno));
    }
    return NONE;
}

/* ---- struct_time conversions ---- */

static Value struct_time_from_tm(const struct tm *tm) {
    Value items[9];
    const int fields[9] = {tm->tm_year + 1900,    tm->tm_mon + 1,  tm->tm_mday,
                           tm->tm_hour,           tm->tm_min,      tm->tm_sec,
                           (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
    for (int i = 0; i < 9; i++) items[i] = small_int(fields[i]);
    return structseq_new(&type_struct_time, items, 9);
}

/* The optional seconds argument (absent or None: now) as a time_t, rounded down. */
static bool seconds_arg(const char *name, Value const *args, size_t nargs, time_t *out) {
    if (args_count(name, nargs, 0, 1) < 0) return false;
    if (nargs == 0 || args[0] == NONE) {
        *out = time(NULL);
        return true;
    }
    double d;
    if (is_float(args[0])) {
        d = floor(float_value(args[0]));
        if (isnan(d)) {
            err_format(&exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
    } else {
        Value i = object_index(args[0]);
        if (!i) return false;
        long long n;
        int r = int_as_long(i, &n);
        decref(i);
        if (r < 0) goto range;
        *out = (time_t)n;
        return true;
    }
    if (d < -9.2e18 || d > 9.2e18) goto range;
    *out = (time_t)d;
    return true;
range:
    err_clear();
    err_format(&exc_OverflowError, "timestamp out of range for platform time_t");
    return false;
}

static Value convert_time(const char *name, Value const *args, size_t nargs,
                          struct tm *(*conv)(const time_t *, struct tm *)) {
    time_t t;
    if (!seconds_arg(name, args, nargs, &t)) return NULL;
    struct tm tm;
    if (!conv(&t, &tm)) {
        if (errno == EOVERFLOW) errno = 0;
        return err_format(&exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return struct_time_from_tm(&tm);
}

static Value time_gmtime(Value self, Value const *args, size_t nargs, Value kwnames) {
    return convert_time("gmtime", args, nargs, gmtime_r);
}
static Value time_localtime(Value self, Value const *args, size_t nargs, Value kwnames) {
    return convert_time("localtime", args, nargs, localtime_r);
}

/* A struct_time or 9-tuple as a struct tm ("func(): illegal time tuple argument" style). */
static bool tm_from_tuple(Value t, const char *func, struct tm *tm) {
    if (!is_tuple(t)) {
        err_format(&exc_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    if (tuple_size(t) != 9) {
        err_format(&exc_TypeError, "%s(): illegal time tuple argument", func);
        return false;
    }
    long long f[9];
    for (int i = 0; i < 9; i++) {
        Value v = tuple_get(t, i);
        if (!is_int(v)) {
            err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
            return false;
        }
        if (int_as_long(v, &f[i]) < 0 || f[i] < INT_MIN || f[i] > INT_MAX) {
            err_clear();
            err_format(&exc_OverflowError, "Python int too large to convert to C int");
            return false;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)f[0] - 1900;
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return true;
}

/* strftime and asctime accept out-of-range zeros but reject other bad fields. */
static bool check_tm(struct tm *tm) {
    static const struct {
        const char *msg;
        int lo, hi;
        size_t offset;
    } checks[] = {
        {"month out of range", 0, 11, offsetof(struct tm, tm_mon)},
        {"day of month out of range", 1, 31, offsetof(struct tm, tm_mday)},
        {"hour out of range", 0, 23, offsetof(struct tm, tm_hour)},
        {"minute out of range", 0, 59, offsetof(struct tm, tm_min)},
        {"seconds out of range", 0, 61, offsetof(struct tm, tm_sec)},
        {"day of week out of range", 0, 6, offsetof(struct tm, tm_wday)},
        {"day of year out of range", 0, 365, offsetof(struct tm, tm_yday)},
    };
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    if (tm->tm_wday < 0) tm->tm_wday += 7;
    if (tm->tm_isdst < -1)
        tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1)
        tm->tm_isdst = 1;
    for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
        int v = *(int *)((char *)tm + checks[i].offset);
        if (v < checks[i].lo || v > checks[i].hi) {
            err_format(&exc_ValueError, "%s", checks[i].msg);
            return false;
        }
    }
    return true;
}

/* The optional time tuple argument (absent: localtime now) as a checked struct tm. */
static bool tuple_or_now(Value const *args, size_t nargs, size_t index, const char *func,
                         struct tm *tm) {
    if (nargs <= index) {
        time_t now = time(NULL);
        localtime_r(&now, tm);
        return true;
    }
    return tm_from_tuple(args[index], func, tm) && check_tm(tm);
}

static Value time_mktime(Value self, Value const *args, size_t nargs, Value kwnames) {
    struct tm tm;
    if (args_exactly_one("time.mktime", nargs) < 0 || !tm_from_tuple(args[0], "mktime", &tm))
        return NULL;
    tm.tm_wday = -1; /* sentinel: mktime sets it on success */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return err_format(&exc_OverflowError, "mktime argument out of range");
    return float_new((double)t);
}

static Value time_strftime(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("strftime", nargs, 1, 2) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (!tuple_or_now(args, nargs, 1, "strftime", &tm)) return NULL;
    const char *fmt = str_utf8(args[0]);
    if (!fmt) return NULL;
    if (!*fmt) return str_empty();
    for (size_t size = 256;; size *= 2) {
        char *buf = mem_alloc(size);
        if (!buf) return err_no_memory();
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size > 256 * strlen(fmt)) {
            Value r = str_from_utf8(buf, n);
            mem_free(buf);
            return r;
        }
        mem_free(buf);
    }
}

static Value format_asctime(const struct tm *tm) {
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_from_format("%s %s%3d %.2d:%.2d:%.2d %d", days[tm->tm_wday], months[tm->tm_mon],
                           tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
}

static Value time_asctime(Value self, Value const *args, size_t nargs, Value kwnames) {
    struct tm tm;
    if (args_count("asctime", nargs, 0, 1) < 0 || !tuple_or_now(args, nargs, 0, "asctime", &tm))
        return NULL;
    return format_asctime(&tm);
}

static Value time_ctime(Value self, Value const *args, size_t nargs, Value kwnames) {
    time_t t;
    struct tm tm;
    if (!seconds_arg("ctime", args, nargs, &t)) return NULL;
    if (!localtime_r(&t, &tm))
        return err_format(&exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static Value time_tzset(Value self, Value const *args, size_t nargs, Value kwnames);

static MethodDef time_methods[] = {
    {"time", time_time, 0, NULL},
    {"time_ns", time_time_ns, 0, NULL},
    {"monotonic", time_monotonic, 0, NULL},
    {"monotonic_ns", time_monotonic_ns, 0, NULL},
    {"perf_counter", time_perf_counter, 0, NULL},
    {"perf_counter_ns", time_perf_counter_ns, 0, NULL},
    {"process_time", time_process_time, 0, NULL},
    {"process_time_ns", time_process_time_ns, 0, NULL},
    {"thread_time", time_thread_time, 0, NULL},
    {"thread_time_ns", time_thread_time_ns, 0, NULL},
    {"get_clock_info", time_get_clock_info, 0, NULL},
    {"sleep", time_sleep, 0, NULL},
    {"gmtime", time_gmtime, 0, NULL},
    {"localtime", time_localtime, 0, NULL},
    {"mktime", time_mktime, 0, NULL},
    {"strftime", time_strftime, 0, NULL},
    {"asctime", time_asctime, 0, NULL},
    {"ctime", time_ctime, 0, NULL},
    {"tzset", time_tzset, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* timezone, altzone, daylight and tzname from the local offsets in January and July
 * of the current year (swapped in the southern hemisphere). */
static int set_timezone_constants(Value m) {
    const time_t year = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    time_t t2 = t + year / 2;
    localtime_r(&t, &jan);
    localtime_r(&t2, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool south = janzone < julzone;
    Value n1 = str_from_cstr(south ? julname : janname);
    Value n2 = str_from_cstr(south ? janname : julname);
    Value names = n1 && n2 ? tuple_pack(2, n1, n2) : NULL;
    Value tz = int_from_long(south ? julzone : janzone);
    Value alt = int_from_long(south ? janzone : julzone);
    int r = names && tz && alt && module_add_object(m, "timezone", tz) == 0 &&
                    module_add_object(m, "altzone", alt) == 0 &&
                    module_add_object(m, "daylight", small_int(janzone != julzone)) == 0 &&
                    module_add_object(m, "tzname", names) == 0
                ? 0
                : -1;
    xdecref(n1);
    xdecref(n2);
    xdecref(names);
    xdecref(tz);
    xdecref(alt);
    return r;
}

static Value time_tzset(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("time.tzset", nargs) < 0) return NULL;
    tzset();
    return set_timezone_constants(self) < 0 ? NULL : NONE;
}

Value time_module_new(void) {
    static const struct {
        const char *name;
        int value;
    } clock_ids[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME},
        {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI},
    };
    Value m = module_new("time");
    if (!m || module_add_functions(m, time_methods) < 0 ||
        module_add_object(m, "struct_time", (Value)&type_struct_time) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof clock_ids / sizeof clock_ids[0]; i++)
        if (module_add_object(m, clock_ids[i].name, small_int(clock_ids[i].value)) < 0) goto fail;
    tzset();
    if (set_timezone_constants(m) < 0) goto fail;
    return m;
fail:
    xdecref(m);
    return NULL;
}
