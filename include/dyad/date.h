/*
 * dyad/date.h — calendar dates as dyad uses them: ISO "YYYY-MM-DD" strings
 * in records, and a day number for arithmetic (relative dates, dated
 * dictionary entries).
 */
#ifndef DYAD_DATE_H
#define DYAD_DATE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Non-zero when s is exactly "YYYY-MM-DD" naming a real calendar day
 * (Gregorian, years 1000-9999). */
int dyad_date_valid(const char *s);

/* Parse "YYYY-MM-DD" or "YYYYMMDD" into year, month, day; 0 on success,
 * -1 when s is not a real date in either form. */
int dyad_date_parse(int *year, int *month, int *day, const char *s);

/* Days since 1970-01-01 of a valid date (negative before). */
long dyad_date_days(int year, int month, int day);

/* The calendar date of a day number (inverse of dyad_date_days). */
void dyad_date_from_days(int *year, int *month, int *day, long days);

/* Format a day number as "YYYY-MM-DD" into buf (at least 11 bytes). */
void dyad_date_format(char *buf, long days);

#ifdef __cplusplus
}
#endif
#endif
