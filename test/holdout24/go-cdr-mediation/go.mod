module cdrmediation

go 1.19
