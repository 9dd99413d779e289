module termbaseqa

go 1.19
