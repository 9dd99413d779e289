module holdout6/podcast-feeds

go 1.19
