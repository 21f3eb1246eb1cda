#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Portrait {

/**
 * @brief The first page when no account is configured: open the built-in demo tenant, or sign in.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    /// Shows @p message (e.g. why the demo could not start) under the buttons; empty hides it.
    void setError(const QString& message);

signals:
    /// The user asked for the demo tenant.
    void demoRequested();
    /// The user asked to sign in to a tenant.
    void signInRequested();

private:
    QPushButton* m_demoButton = nullptr;
    QPushButton* m_signInButton = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace Portrait
