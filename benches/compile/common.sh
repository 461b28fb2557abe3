# What the scripts of benches/compile share; each sources it after setting `runs`
# and `work`:
#   . "$(dirname "$0")/common.sh"

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# `$work/NAME/Cargo.toml` of a crate outside any workspace, with DEPENDENCIES (lines
# of its `[dependencies]`).
write_manifest() { # name, dependencies
    mkdir -p "$work/$1/src"
    cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2

[workspace]
TOML
}

# The median wall time of `runs` clean debug builds of the crate `$work/NAME`, each
# from an empty target directory, its dependencies fetched first.
time_clean_build() { # name
    local dir="$work/$1"
    (cd "$dir" && cargo fetch -q)
    for _ in $(seq "$runs"); do
        rm -rf "$dir/target"
        local start end
        start=$(date +%s.%N)
        (cd "$dir" && CARGO_INCREMENTAL=0 cargo build -q --offline)
        end=$(date +%s.%N)
        awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
    done | median
}
