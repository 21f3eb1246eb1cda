# bash completion for portrait-cli                                   -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/portrait-cli. Keep in step with the options of
# app/cli (tests/packaging checks that every option of `portrait-cli --help` is offered here).

_portrait_cli()
{
    local cur prev words cword
    _init_completion || return

    local global_opts="--demo --account --access-token-env --access-token-file --ca-certificate --graph-url --cloud --json
        --concurrency --timeout -v --verbose -q --quiet -h --help --version"
    local commands="login logout accounts list photo sizes audit diff export set remove undo import"

    # Options that take a value, and what that value is.
    case $prev in
        --cloud)
            COMPREPLY=($(compgen -W 'global usgov usgov-dod china' -- "$cur"))
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W 'original jpeg png' -- "$cur"))
            return
            ;;
        --access-token-env | --client-secret-env | --certificate-password-env)
            COMPREPLY=($(compgen -v -- "$cur"))
            return
            ;;
        --access-token-file | --ca-certificate | --certificate | --placeholder)
            _filedir
            return
            ;;
        --report)
            _filedir '@(csv|json|html)'
            return
            ;;
        --snapshot)
            _filedir json
            return
            ;;
        --out)
            _filedir -d
            return
            ;;
        -o | --output)
            _filedir
            [[ $cur == - || -z $cur ]] && COMPREPLY+=(-)
            return
            ;;
        --size)
            COMPREPLY=($(compgen -W '48x48 64x64 96x96 120x120 240x240 360x360 432x432 504x504 648x648' -- "$cur"))
            return
            ;;
        --account)
            # The names of the signed-in accounts (portrait-cli accounts --json prints {"name": ...} per line).
            local names
            names=$("${words[0]}" accounts --json 2>/dev/null | sed -n 's/.*"name":"\([^"]*\)".*/\1/p')
            COMPREPLY=($(compgen -W "$names" -- "$cur"))
            return
            ;;
        --graph-url | --login-url | --tenant | --client-id | --name | --search | --filter | --top | --timeout | \
            --concurrency | --quality | --max-edge | --min-edge | --duplicates | --placeholder-distance)
            return
            ;;
    esac

    # The command is the first word that is neither an option nor an option's value.
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --account | --access-token-env | --access-token-file | --ca-certificate | --graph-url | --cloud | --concurrency | \
                --timeout)
                ((i++))
                ;;
            -*) ;;
            *)
                command=${words[i]}
                break
                ;;
        esac
    done

    local command_opts=""
    case $command in
        login)
            command_opts="--device-code --browser --client-secret-env --certificate --certificate-password-env
                --tenant --client-id --name --login-url --photo-scope --write --use-graph-cli-client --rs256"
            ;;
        list) command_opts="--search --filter --top" ;;
        photo) command_opts="--size --meta -o --output" ;;
        audit)
            command_opts="--report --deep --snapshot --placeholder --placeholder-distance --min-edge --duplicates
                --transitive --bom"
            ;;
        export)
            command_opts="--out --size --name --format --quality --max-edge --incremental --prune --dry-run
                --transitive --allow-foreign-folder"
            ;;
        set) command_opts="--journal --crop --max-edge --min-edge --dry-run" ;;
        remove) command_opts="--journal --dry-run" ;;
        undo) command_opts="--apply" ;;
        import)
            command_opts="--match --map --scope --only-missing --replace-placeholders --journal --apply --crop --max-edge --min-edge"
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$global_opts $command_opts" -- "$cur"))
        return
    fi

    case $command in
        "")
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            ;;
        diff)
            _filedir json
            ;;
        logout)
            local names
            names=$("${words[0]}" accounts --json 2>/dev/null | sed -n 's/.*"name":"\([^"]*\)".*/\1/p')
            COMPREPLY=($(compgen -W "$names" -- "$cur"))
            ;;
        list | audit | export)
            compopt -o nospace
            COMPREPLY=($(compgen -W 'users groups groups/ users/ me/contacts me/contactfolders me/' -- "$cur"))
            ;;
        undo | import)
            _filedir -d
            ;;
        photo | sizes | set | remove)
            compopt -o nospace
            COMPREPLY=($(compgen -W 'me users/ groups/ me/contacts/ me/contactfolders/' -- "$cur"))
            ;;
    esac
} &&
    complete -F _portrait_cli portrait-cli

# ex: filetype=sh
