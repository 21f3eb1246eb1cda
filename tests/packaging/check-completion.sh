#!/usr/bin/env bash
# Usage: check-completion.sh PORTRAIT_CLI BASH_COMPLETION ZSH_COMPLETION
# Both completions offer every option of `portrait-cli --help`; the bash one completes real command lines
# (through bash-completion's own _init_completion); the zsh one parses.
set -euo pipefail
cli=$1 bash_file=$2 zsh_file=$3
status=0
fail() { echo "FAIL: $*"; status=1; }

options=$("$cli" --help | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z0-9-]*' | sed 's/^[ ,]*//' | sort -u)
[ "$(wc -l <<<"$options")" -gt 30 ] || fail "expected over 30 options in portrait-cli --help, got: $options"
for option in $options; do
    grep -qE -- "(^|[^a-zA-Z0-9-])$option([^a-zA-Z0-9-]|\$)" "$bash_file" || fail "bash completion lacks $option"
    grep -qE -- "(^|[^a-zA-Z0-9-])$option([^a-zA-Z0-9-]|\$)" "$zsh_file" || fail "zsh completion lacks $option"
done
# Every command of --help is offered.
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
for command in $commands; do
    grep -qw -- "$command" "$bash_file" || fail "bash completion lacks the command $command"
    grep -q -- "'$command:" "$zsh_file" || fail "zsh completion lacks the command $command"
done

bash -n "$bash_file" || fail "bash completion does not parse"
if command -v zsh >/dev/null; then
    zsh -n "$zsh_file" || fail "zsh completion does not parse"
    # compinit finds it on the fpath and binds it to portrait-cli (the #compdef line).
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$zsh_file" "$tmp/_portrait-cli"
    bound=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -d "$1/.zcompdump"
        print -r -- ${_comps[portrait-cli]}' _ "$tmp")
    [ "$bound" = _portrait-cli ] || fail "zsh compinit does not bind _portrait-cli to portrait-cli (got '$bound')"
else
    echo "note: zsh not installed, its completion was only checked for options"
fi

main=/usr/share/bash-completion/bash_completion
if [ ! -f "$main" ]; then
    echo "note: bash-completion not installed, the bash completion was not run"
    exit $status
fi
# complete LINE EXPECTED... : the completions of LINE (the cursor at its end) include each EXPECTED word;
# a word prefixed with ! must not be offered.
complete_line() {
    local line=$1
    shift
    local got
    # The program's real path is the first word, as when it is run from the build tree; compopt only works
    # inside a completion that bash itself started, so it is a no-op here.
    got=$(bash --norc --noprofile -c '
        source '"$main"'
        source '"$bash_file"'
        compopt() { :; }
        set -- "$2${1#portrait-cli}"
        read -ra COMP_WORDS <<<"$1"
        [[ $1 == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$1 COMP_POINT=${#1}
        _portrait_cli portrait-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$line" "$cli")
    for want in "$@"; do
        if [[ $want == !* ]]; then
            grep -qx -- "${want#!}" <<<"$got" && fail "'$line' offers ${want#!}: $(tr '\n' ' ' <<<"$got")"
        else
            grep -qx -- "$want" <<<"$got" || fail "'$line' does not offer $want: $(tr '\n' ' ' <<<"$got")"
        fi
    done
    return 0
}
complete_line "portrait-cli " login list photo audit export diff
complete_line "portrait-cli ex" export
complete_line "portrait-cli --demo li" list
complete_line "portrait-cli --account work a" audit accounts
complete_line "portrait-cli --cloud us" usgov usgov-dod "!china"
complete_line "portrait-cli --demo export users --" --out --dry-run --incremental --demo --json "!--meta"
complete_line "portrait-cli --demo photo me --" --meta --size --output "!--out"
complete_line "portrait-cli --demo photo me --size 9" 96x96
complete_line "portrait-cli --demo export users --format " original jpeg png
complete_line "portrait-cli login --" --device-code --browser --tenant --client-id "!--deep"
complete_line "portrait-cli --demo list u" users users/
complete_line "portrait-cli --demo photo m" me me/contacts/
exit $status
