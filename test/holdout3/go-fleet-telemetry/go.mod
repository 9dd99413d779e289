module holdout3/fleet-telemetry

go 1.19
