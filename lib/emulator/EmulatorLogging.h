#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.emulator": every request the Graph emulator serves. Debug messages are off unless `--verbose` or
/// QT_LOGGING_RULES turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

} // namespace Portrait
