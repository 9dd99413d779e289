module transit-timetable

go 1.19
