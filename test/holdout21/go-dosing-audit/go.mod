module greenhouse/dosingaudit

go 1.19
