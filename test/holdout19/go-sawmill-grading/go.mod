module sawmill/grading

go 1.19
