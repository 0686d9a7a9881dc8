package nl.terugkeer.api.statistics;

/** @param threshold cells with a count from 1 to {@code threshold - 1} are suppressed (default 10) */
record StatisticsProperties(int threshold) {}
