#pragma once

#include <QLineEdit>

class QTimer;

namespace Portrait {

/**
 * @brief The toolbar's search field (Ctrl+F): searchRequested() after a short pause in typing (one search, not
 * one per key), at once on Return, and with an empty text on Escape, which clears it.
 */
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget* parent = nullptr);

    /// Emits searchRequested() for the text now, without waiting for the pause.
    void applyNow();

signals:
    /// @p text is what to search for, its white space simplified; empty: no search.
    void searchRequested(const QString& text);

private:
    QTimer* m_timer;
};

} // namespace Portrait
