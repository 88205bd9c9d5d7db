module github.com/example/modelpack

go 1.22

require github.com/opencontainers/image-spec v1.1.0
