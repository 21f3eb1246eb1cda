#pragma once

#include "base/Task.h"
#include "bulk/PhotoMatcher.h"
#include "bulk/UploadImage.h"
#include "bulk/WriteTask.h"
#include "graph/ItemPath.h"

#include <QObject>
#include <QPointer>

namespace Portrait {

class GraphClient;

/// What `import` is asked (CLI.md "Writing photos").
struct ImportOptions
{
    QString folder;
    PhotoMatcher::Rule rule = PhotoMatcher::Rule::Auto;
    QString mapFile; ///< `--map FILE.csv`: `file,principal` rows, empty for none
    QList<ItemPath> scopes{ItemPath::users()};
    /// When not empty, only these principals of the scopes (canonical paths) take photos, e.g. the people an audit
    /// found without a real photo: a file that names only others is `skip` with reason `not-selected`.
    QList<ItemPath> only;
    UploadOptions upload;
};

/**
 * @brief Turns a folder of image files into the rows of an import plan, sending no write.
 *
 * Lists the scopes (users with `employeeId`), prepares every file on the thread pool (UploadImage), reads the
 * tenant's photo policy where the token allows, and matches each file to a principal: by `--map` where it names the
 * file, else by name. Files that cannot be written come out decided (decided()): `unmatched`, `ambiguous` (several
 * principals for a file, or several files for a principal), `invalid` (named like a picture but not one,
 * unreadable, too small) and
 * `unsupported` (a tenant whose photo policy is on-premises), `skip` (`not-selected`: a principal left out by
 * ImportOptions::only); the others become Set tasks (tasks()), which a
 * PhotoWriteRun then plans or applies (it reads each photo and decides `set`, `replace`, `unchanged`...). Files
 * whose name is not a picture's (a README, a spreadsheet, Thumbs.db) are no row at all: ignored().
 *
 * finished() once (Task); error() is set when the run cannot plan at all: the folder or the map cannot be read, or a
 * listing failed.
 */
class ImportPlanner : public Task
{
    Q_OBJECT

public:
    ImportPlanner(GraphClient* client, const ImportOptions& options, QObject* parent = nullptr);
    ~ImportPlanner() override;

    const QList<WriteOutcome>& decided() const { return m_decided; }
    const QList<WriteTask>& tasks() const { return m_tasks; }
    /// Files of the folder left out of the plan because their name is not a picture's (README.txt, Thumbs.db...).
    const QStringList& ignored() const { return m_ignored; }
    /// Whether @p fileName has the extension of a picture file (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC), any case.
    static bool looksLikeImage(const QString& fileName);

    /// Reads a `file,principal` CSV (header first; quoted fields allowed). False with @p error on a bad file.
    static bool readMap(const QString& path, QHash<QString, QString>* map, QString* error);

protected:
    void run() override;

private:
    void stepDone();
    void plan();

    QPointer<GraphClient> m_client;
    ImportOptions m_options;
    QStringList m_files;
    QStringList m_ignored;
    QHash<QString, QString> m_map;
    QList<UploadImage> m_images;
    PhotoMatcher m_matcher;
    bool m_policyOnPremises = false;
    int m_pending = 0;
    QList<WriteOutcome> m_decided;
    QList<WriteTask> m_tasks;
};

} // namespace Portrait
