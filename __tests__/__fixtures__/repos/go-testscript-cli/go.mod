module github.com/example/kit

go 1.22

require (
	github.com/rogpeppe/go-internal v1.13.1
	golang.org/x/tools v0.24.0
)
