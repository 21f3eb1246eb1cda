#pragma once

#include "graph/GraphJob.h"

#include <QStringList>

namespace Portrait {

/**
 * @brief Reads the tenant's photo update policy (`/beta/admin/people/photoUpdateSettings`, beta only, whatever the
 * client's version; it needs PeopleSettings.Read.All).
 *
 * When its `source` is `onPremises`, photos are managed on-premises and Graph refuses changes from the cloud, for
 * administrators and users alike. The policy is a hint read where the token allows: error() is set when it could
 * not be read (403 without the permission, 404 where the tenant or the service has no such resource), and callers
 * then go on without it.
 */
class PhotoPolicyJob : public GraphJob
{
    Q_OBJECT

public:
    explicit PhotoPolicyJob(GraphClient* client, QObject* parent = nullptr);
    ~PhotoPolicyJob() override;

    /// Valid after finished() without error: `cloud` or `onPremises`.
    QString source() const { return m_source; }
    QStringList allowedRoles() const { return m_allowedRoles; }
    bool onPremises() const { return m_source.compare(QLatin1String("onPremises"), Qt::CaseInsensitive) == 0; }

    /// The URL asked: the client's root with its version segment replaced by `beta` (pure; for tests).
    QUrl url() const;

protected:
    void run() override;

private:
    QString m_source;
    QStringList m_allowedRoles;
};

} // namespace Portrait
