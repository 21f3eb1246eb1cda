// libFuzzer target: one page of a Graph collection (GraphPage::parse) and the directory objects a listing
// makes of its entries (DirectoryObject::fromJson), as ListJob runs them on every page it receives.

#include "FuzzCheck.h"

#include "graph/DirectoryObject.h"
#include "graph/GraphPage.h"

using namespace Portrait;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = PortraitFuzz::bytes(data, size);
    GraphPage page;
    QString error;
    if (!GraphPage::parse(body, &page, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(page.value.isEmpty() && page.nextLink.isEmpty());
        return 0;
    }
    if (!page.nextLink.isEmpty()) {
        FUZZ_CHECK(page.nextLink.isValid() && !page.nextLink.isRelative());
        FUZZ_CHECK(page.nextLink.scheme() == QLatin1String("https") || page.nextLink.scheme() == QLatin1String("http"));
    }
    static const ItemPath collections[] = {
        ItemPath::users(),
        ItemPath::groups(),
        ItemPath::groupMembers(QStringLiteral("02bd9fd6-8f93-4758-87c3-1fb73740a315")),
        ItemPath::contacts(),
        ItemPath::contactFolders(QStringLiteral("adele@contoso.com")),
        ItemPath::folderContacts(QStringLiteral("AAMkAGI2TAAA="), QStringLiteral("adele@contoso.com")),
    };
    for (const QJsonObject& o : std::as_const(page.value)) {
        for (const ItemPath& collection : collections) {
            const DirectoryObject d = DirectoryObject::fromJson(o, collection);
            if (!d.isValid()) {
                continue;
            }
            FUZZ_CHECK(d.path.isValid());
            FUZZ_CHECK(!d.kindName().isEmpty());
            PortraitFuzz::checkWirePath(d.path.encoded());
            if (d.path.isPrincipal()) {
                PortraitFuzz::checkWirePath(d.path.photoValuePath());
            }
        }
    }
    return 0;
}
