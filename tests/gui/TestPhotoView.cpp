// The photo in the detail pane can be dragged out as a file holding exactly Graph's bytes.
#include "PhotoView.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QTest>

using namespace Portrait;

class TestPhotoView : public QObject
{
    Q_OBJECT

private slots:
    void dragCarriesTheExactFile();
};

void TestPhotoView::dragCarriesTheExactFile()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "JPEG"));

    PhotoView view;
    view.setImage(image);
    QVERIFY(!view.canDrag());
    view.setDragSource(bytes, QStringLiteral("Zoë Ørsted.jpg"));
    QVERIFY(view.canDrag());
    std::unique_ptr<QMimeData> mime(view.createDragData());
    QCOMPARE(mime->urls().size(), 1);
    const QString path = mime->urls().first().toLocalFile();
    QVERIFY(path.endsWith(QStringLiteral("Zoë Ørsted.jpg")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(mime->hasImage());
    // Showing something else ends the drag source.
    view.setPlaceholder(QStringLiteral("ZO"), QStringLiteral("Loading"));
    QVERIFY(!view.canDrag());
}

QTEST_MAIN(TestPhotoView)
#include "TestPhotoView.moc"
