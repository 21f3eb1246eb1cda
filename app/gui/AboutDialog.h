#pragma once

#include <QDialog>

namespace Portrait {

/// Help → About Portrait: the version, the licence, the Qt version built against and running, the
/// homepage, and Qt's own About box.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    /// The facts the dialog shows, as plain text (also what "Copy" puts on the clipboard for bug reports).
    static QString versionText();
    /// The licence line: the SPDX id the build was configured with (PORTRAIT_LICENSE), and its name in words.
    static QString licenceText();
    /// False while the project's homepage (CMake's HOMEPAGE_URL) is a stand-in in the reserved `.invalid`
    /// domain: the dialog then shows no link.
    static bool hasHomepage();
};

} // namespace Portrait
