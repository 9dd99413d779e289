module holdout7/tram-timetables

go 1.19
