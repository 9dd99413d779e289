module quakewatch/seismopick

go 1.19
