#pragma once

#include <QWidget>

#include <array>

namespace Portrait {

/**
 * @brief A simple horizontal bar chart of an audit's counts per status (photo, none, placeholder,
 * unavailable, error), each bar in its status colour with its count.
 */
class StatusChart : public QWidget
{
    Q_OBJECT

public:
    explicit StatusChart(QWidget* parent = nullptr);
    ~StatusChart() override;

    /// Counts indexed by PhotoStatus.
    void setCounts(const std::array<qint64, 5>& counts);
    const std::array<qint64, 5>& counts() const { return m_counts; }
    /// The colour of a status's bar.
    static QColor colour(int status);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<qint64, 5> m_counts{};
};

} // namespace Portrait
