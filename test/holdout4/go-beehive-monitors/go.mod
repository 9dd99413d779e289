module holdout4/beehivemonitors

go 1.19
