#pragma once

#include "auth/AuthEndpoints.h"
#include "base/Cloud.h"

#include <QString>

namespace Portrait {

/**
 * @brief One signed-in account: its non-secret settings. Secrets (refresh token, client secret,
 * certificate password) are in the TokenStore under secretKey().
 */
struct Account
{
    /// How the account signs in.
    enum class Mode
    {
        DeviceCode, ///< delegated, device code (RFC 8628)
        Browser, ///< delegated, system browser with PKCE
        ClientSecret, ///< app-only, client secret
        Certificate, ///< app-only, certificate (client_assertion)
    };

    QString name;
    Cloud cloud = Cloud::Global;
    QString tenant;
    QString clientId;
    Mode mode = Mode::DeviceCode;
    QString certificatePath; ///< Certificate mode only
    bool rs256 = false; ///< Certificate mode: the tenant takes only RS256 + x5t
    bool photoScope = false; ///< also ask ProfilePhoto.Read.All
    bool writeScope = false; ///< also ask the scopes that change photos (`login --write`)
    QString loginUrl; ///< login origin override (loopback tests, the emulator); empty: the cloud's
    QString graphUrl; ///< Graph root override; empty: the cloud's
    QString userName; ///< who signed in (from the id_token), for display only

    bool isAppOnly() const { return mode == Mode::ClientSecret || mode == Mode::Certificate; }
    /// `portrait/<tenant>/<name>/<kind>`.
    QString secretKey(const QString& kind) const;
    /// The kinds of secret this account keeps.
    QStringList secretKinds() const;
    /// The account's endpoints; false with @p error when loginUrl is not acceptable.
    bool endpoints(AuthEndpoints* endpoints, QString* error) const;

    /// `device-code`, `browser`, `client-secret`, `certificate`.
    static QString modeName(Mode mode);
    static bool modeFromName(const QString& name, Mode* mode);
    /// Names are 1-64 characters of letters, digits, `.`, `_`, `-` and `@`.
    static bool isValidName(const QString& name);
    /// Microsoft's "Microsoft Graph Command Line Tools" public client (docs/GRAPH.md#public-client-ids): only ever an
    /// explicit, warned opt-in (`login --use-graph-cli-client`, the sign-in dialog's checkbox), never a default.
    static QString graphCommandLineToolsClientId() { return QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"); }
};

} // namespace Portrait
