#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.bulk": scope walking, audit and export runs. Debug messages are off unless `--verbose` or QT_LOGGING_RULES
/// turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcBulk)

} // namespace Portrait
