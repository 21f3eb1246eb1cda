// libFuzzer target: ItemPath::parse (the ITEM argument of the CLI, addresses pasted into the GUI) and the
// wire paths built from what it accepts.

#include "FuzzCheck.h"

#include "graph/ItemPath.h"

using namespace Portrait;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(PortraitFuzz::bytes(data, size));
    QString error;
    const ItemPath path = ItemPath::parse(text, &error);
    if (!path.isValid()) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(path.encoded().isEmpty() && path.photoPath().isEmpty());
        return 0;
    }
    // The wire form reads back as the same address.
    QString again;
    const ItemPath reparsed = ItemPath::parse(path.encoded(), &again);
    FUZZ_CHECK(reparsed == path);
    FUZZ_CHECK(!path.toString().isEmpty());

    PortraitFuzz::checkWirePath(path.encoded());
    if (path.isPrincipal()) {
        PortraitFuzz::checkWirePath(path.photoPath());
        PortraitFuzz::checkWirePath(path.photoValuePath());
        if (path.supportsPhotoSizes()) {
            PortraitFuzz::checkWirePath(path.photosPath());
            PortraitFuzz::checkWirePath(path.photoSizeValuePath(QStringLiteral("240x240")));
        } else {
            FUZZ_CHECK(path.photosPath().isEmpty());
        }
    } else {
        FUZZ_CHECK(path.isCollection() && path.photoPath().isEmpty());
    }
    return 0;
}
