module wagonconsist

go 1.19
