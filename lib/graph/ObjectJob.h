#pragma once

#include "graph/DirectoryObject.h"
#include "graph/GraphJob.h"

namespace Portrait {

/// Fetches one principal (`me`, `users/{id|upn}`, `groups/{id}`, a contact) with a minimal `$select`.
class ObjectJob : public GraphJob
{
    Q_OBJECT

public:
    ObjectJob(GraphClient* client, const ItemPath& principal, QObject* parent = nullptr);
    ~ObjectJob() override;

    /// Valid after finished() without error.
    const DirectoryObject& object() const { return m_object; }

protected:
    void run() override;

private:
    ItemPath m_principal;
    DirectoryObject m_object;
};

} // namespace Portrait
