#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.gui": the desktop program: sessions opened and closed, dialogs' runs. Debug messages are off unless
/// `--verbose` or QT_LOGGING_RULES turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace Portrait
