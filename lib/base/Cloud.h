#pragma once

#include <QString>
#include <QUrl>

namespace Portrait {

/// Microsoft's national clouds (docs/GRAPH.md#national-clouds). Tokens of one are never valid in another.
enum class Cloud
{
    Global,
    UsGov, ///< US Government L4 (GCC High)
    UsGovDod, ///< US Government L5 (DoD)
    China, ///< operated by 21Vianet
};

/// `global`, `usgov`, `usgov-dod`, `china`.
QString cloudName(Cloud cloud);
/// Inverse of cloudName(); false for an unknown name.
bool cloudFromName(const QString& name, Cloud* cloud);
/// The Graph origin, e.g. `https://graph.microsoft.us`.
QUrl cloudGraphHost(Cloud cloud);
/// The login (Entra ID) origin, e.g. `https://login.microsoftonline.us`.
QUrl cloudLoginHost(Cloud cloud);

/**
 * @brief A validated Graph root URL including the version segment, and the origin the token is pinned to.
 *
 * `https://` anywhere; `http://` only for literal loopback addresses (127.0.0.0/8, ::1), not for a name.
 */
class GraphRoot
{
public:
    GraphRoot() = default;

    /// Validates @p text; on failure returns an invalid root and sets @p error.
    static GraphRoot parse(const QString& text, QString* error = nullptr);
    static GraphRoot forCloud(Cloud cloud, const QString& version = QStringLiteral("v1.0"));

    bool isValid() const { return m_url.isValid(); }
    /// e.g. `https://graph.microsoft.com/v1.0`, no trailing slash.
    QUrl url() const { return m_url; }
    /// @p encodedPath relative to the root (already percent-encoded, e.g. from ItemPath::encoded()).
    QUrl resolve(const QString& encodedPath, const QString& encodedQuery = {}) const;
    /// True when @p url has the root's scheme, host and port: the only place the token may go.
    bool isSameOrigin(const QUrl& url) const;

    /// True for the literal addresses 127.0.0.0/8 and ::1; false for every name, `localhost` included.
    static bool isLoopbackHost(const QString& host);

private:
    QUrl m_url;
};

} // namespace Portrait
