#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.auth": sign-in flows, token refresh and the keychain. Debug messages are off unless `--verbose` or
/// QT_LOGGING_RULES turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace Portrait
