module hivescaleingest

go 1.19
