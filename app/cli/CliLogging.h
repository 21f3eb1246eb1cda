#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.cli": the command line: the command run, its connection and its exit code. Debug messages are off unless
/// `--verbose` or QT_LOGGING_RULES turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace Portrait
