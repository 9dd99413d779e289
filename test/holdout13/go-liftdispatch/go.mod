module liftdispatch

go 1.19
