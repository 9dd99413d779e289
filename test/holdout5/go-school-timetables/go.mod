module holdout5/school-timetables

go 1.19
