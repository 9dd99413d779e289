module holdout3/payroll-run

go 1.19
