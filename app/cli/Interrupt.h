#pragma once

#include <QObject>

class QSocketNotifier;

namespace Portrait {

/**
 * @brief Turns the first SIGINT (Ctrl+C) or SIGTERM into requested() on the event loop, so that a long command
 * can stop cleanly: finish what is being written, save what it keeps, say what it did. A second signal ends the
 * program at once (the default action, restored as the first is caught). One at a time; the destructor restores
 * the default actions.
 */
class Interrupt : public QObject
{
    Q_OBJECT

public:
    explicit Interrupt(QObject* parent = nullptr);
    ~Interrupt() override;

signals:
    void requested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Portrait
