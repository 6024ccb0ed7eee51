using Bunit;
using Microsoft.AspNetCore.Components.Web;
using CollectiveAlignment.Web.Components.Ui;
using CollectiveAlignment.Web.Infrastructure.Localisation;

namespace CollectiveAlignment.Web.Tests.Components.Ui;

public sealed class SortableListTests : BunitContext
{
    private static readonly KeyboardEventArgs Space = new() { Key = " " };
    private static readonly KeyboardEventArgs Up = new() { Key = "ArrowUp" };
    private static readonly KeyboardEventArgs Down = new() { Key = "ArrowDown" };
    private IReadOnlyList<string>? changed;
    private int changes;

    public SortableListTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = LocalisationServiceCollectionExtensions.ResourcesPath);
        JSInterop.SetupModule("./Components/Ui/SortableList.razor.js").SetupVoid("init", _ => true);
    }

    private IRenderedComponent<SortableList<string>> RenderList(IReadOnlyList<string>? items = null) =>
        Render<SortableList<string>>(p => p
            .Add(x => x.Items, items ?? ["Alpha", "Beta", "Gamma"])
            .Add(x => x.ItemLabel, s => s)
            .Add(x => x.Label, "Your ranking")
            .Add(x => x.ItemTemplate, s => $"<strong>{s}</strong>")
            .Add(x => x.ItemsChanged, order =>
            {
                changed = [.. order];
                changes++;
            }));

    private static void Press(IRenderedComponent<SortableList<string>> cut, int index, KeyboardEventArgs key) =>
        cut.FindAll("[data-sortable-item]")[index].KeyDown(key);

    private static List<string> Order(IRenderedComponent<SortableList<string>> cut) =>
        [.. cut.FindAll(".sortable-list-content").Select(e => e.TextContent)];

    private static string Announcement(IRenderedComponent<SortableList<string>> cut) =>
        cut.Find("[data-sortable-announcement]").TextContent;

    [Fact(DisplayName = "Space picks an item up, the arrows move it, Space drops it: each step is announced, the new order is raised once")]
    public void Keyboard_PickMoveDrop_ReordersAndAnnounces()
    {
        var cut = RenderList();

        Press(cut, 0, Space);
        Announcement(cut).ShouldBe("Alpha picked up, at position 1 of 3.");
        cut.FindAll(".sortable-list-item")[0].ClassList.ShouldContain("is-grabbed");

        Press(cut, 0, Down);
        Announcement(cut).ShouldBe("Alpha moved to position 2 of 3.");
        Press(cut, 1, Down);
        Announcement(cut).ShouldBe("Alpha moved to position 3 of 3.");
        changes.ShouldBe(0, "nothing is final until the item is dropped");

        Press(cut, 2, Space);

        Announcement(cut).ShouldBe("Alpha dropped at position 3 of 3.");
        Order(cut).ShouldBe(["Beta", "Gamma", "Alpha"]);
        changed.ShouldBe(["Beta", "Gamma", "Alpha"]);
        changes.ShouldBe(1);
        cut.FindAll(".is-grabbed").ShouldBeEmpty();
    }

    [Fact(DisplayName = "Escape puts a picked-up item back where it was and changes nothing")]
    public void Keyboard_Escape_CancelsTheMove()
    {
        var cut = RenderList();

        Press(cut, 2, Space);
        Press(cut, 2, Up);
        Press(cut, 1, Up);
        Order(cut).ShouldBe(["Gamma", "Alpha", "Beta"]);

        Press(cut, 0, new KeyboardEventArgs { Key = "Escape" });

        Order(cut).ShouldBe(["Alpha", "Beta", "Gamma"]);
        Announcement(cut).ShouldBe("Reordering cancelled: Gamma is back at position 3 of 3.");
        changes.ShouldBe(0);
    }

    [Fact(DisplayName = "Home and End move a picked-up item to either end; moving past an end stays there")]
    public void Keyboard_HomeEnd_MoveToTheEnds()
    {
        var cut = RenderList(["A", "B", "C", "D"]);

        Press(cut, 2, Space);
        Press(cut, 2, new KeyboardEventArgs { Key = "Home" });
        Order(cut).ShouldBe(["C", "A", "B", "D"]);
        Press(cut, 0, Up);
        Announcement(cut).ShouldBe("C moved to position 1 of 4.");
        Press(cut, 0, new KeyboardEventArgs { Key = "End" });
        Press(cut, 3, Space);

        changed.ShouldBe(["A", "B", "D", "C"]);
    }

    [Fact(DisplayName = "Tab while an item is picked up drops it, so focus can leave the list without losing the move")]
    public void Keyboard_Tab_DropsTheItem()
    {
        var cut = RenderList();

        Press(cut, 0, Space);
        Press(cut, 0, Down);
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
        Press(cut, 1, new KeyboardEventArgs { Key = "Tab" });

        changed.ShouldBe(["Beta", "Alpha", "Gamma"]);
        Announcement(cut).ShouldBe("Alpha dropped at position 2 of 3.");
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1);
    }

    [Fact(DisplayName = "Without an item picked up, the arrows move the focus and not the items")]
    public void Keyboard_ArrowsWithoutPickUp_MoveFocusOnly()
    {
        var cut = RenderList();

        Press(cut, 0, Down);

        Order(cut).ShouldBe(["Alpha", "Beta", "Gamma"]);
        Announcement(cut).ShouldBeEmpty();
        changes.ShouldBe(0);
        JSInterop.VerifyFocusAsyncInvoke().Arguments.ShouldNotBeEmpty();
    }

    [Fact(DisplayName = "The visible Move up and Move down buttons reorder at once and announce the new position")]
    public void Buttons_MoveUpAndDown_Reorder()
    {
        var cut = RenderList();

        cut.FindAll(".sortable-list-item")[1].QuerySelectorAll("button")[0].Click();

        Order(cut).ShouldBe(["Beta", "Alpha", "Gamma"]);
        changed.ShouldBe(["Beta", "Alpha", "Gamma"]);
        Announcement(cut).ShouldBe("Beta moved to position 1 of 3.");

        cut.FindAll(".sortable-list-item")[1].QuerySelectorAll("button")[1].Click();

        changed.ShouldBe(["Beta", "Gamma", "Alpha"]);
        changes.ShouldBe(2);
    }

    [Fact(DisplayName = "The list is named, described, announces politely-interrupting changes, and the end buttons are disabled")]
    public void Markup_IsAccessible()
    {
        var cut = RenderList();

        var list = cut.Find("ol");
        list.GetAttribute("aria-label").ShouldBe("Your ranking");
        var help = cut.Find("#" + list.GetAttribute("aria-describedby"));
        help.TextContent.ShouldContain("press Space to pick up an item");
        cut.Find("[data-sortable-announcement]").GetAttribute("aria-live").ShouldBe("assertive");
        cut.FindAll("[data-sortable-item]").ShouldAllBe(h => h.GetAttribute("tabindex") == "0");
        var buttons = cut.FindAll("button");
        buttons[0].TextContent.ShouldContain("Move up (Alpha)");
        buttons[0].HasAttribute("disabled").ShouldBeTrue();
        buttons[^1].TextContent.ShouldContain("Move down (Gamma)");
        buttons[^1].HasAttribute("disabled").ShouldBeTrue();
        cut.FindAll("button[disabled]").Count.ShouldBe(2);
        cut.Find(".sortable-list-content strong").TextContent.ShouldBe("Alpha");
    }

    [Fact(DisplayName = "The order raised is a copy: a later move does not change what the parent already holds")]
    public void ItemsChanged_RaisesACopy()
    {
        IReadOnlyList<string>? first = null;
        var cut = Render<SortableList<string>>(p => p
            .Add(x => x.Items, ["Alpha", "Beta", "Gamma"])
            .Add(x => x.ItemLabel, s => s)
            .Add(x => x.Label, "Your ranking")
            .Add(x => x.ItemTemplate, s => s)
            .Add(x => x.ItemsChanged, order => first ??= order));

        cut.FindAll(".sortable-list-item")[1].QuerySelectorAll("button")[0].Click();
        cut.FindAll(".sortable-list-item")[2].QuerySelectorAll("button")[0].Click();

        first.ShouldBe(["Beta", "Alpha", "Gamma"]);
        Order(cut).ShouldBe(["Beta", "Gamma", "Alpha"]);
    }

    private IRenderedComponent<SortableList<string>> RenderWithTies(IReadOnlyCollection<string> tied, Action<IReadOnlyCollection<string>> tiesChanged) =>
        Render<SortableList<string>>(p => p
            .Add(x => x.Items, ["Alpha", "Beta", "Gamma"])
            .Add(x => x.ItemLabel, s => s)
            .Add(x => x.Label, "Your ranking")
            .Add(x => x.ItemTemplate, s => s)
            .Add(x => x.AllowTies, true)
            .Add(x => x.TiedWithAbove, tied)
            .Add(x => x.TiedWithAboveChanged, tiesChanged)
            .Add(x => x.ItemsChanged, order =>
            {
                changed = [.. order];
                changes++;
            }));

    private static List<string> Ranks(IRenderedComponent<SortableList<string>> cut) =>
        [.. cut.FindAll(".sortable-list-position").Select(e => e.TextContent)];

    [Fact(DisplayName = "Without ties allowed there are no tie check boxes")]
    public void Ties_NotAllowed_NoCheckBoxes()
    {
        RenderList().FindAll("input[type=checkbox]").ShouldBeEmpty();
    }

    [Fact(DisplayName = "With ties, every item after the first can share the rank of the item above, and ranks follow")]
    public void Ties_Toggle_SharesTheRankAndAnnounces()
    {
        IReadOnlyCollection<string>? ties = null;
        var cut = RenderWithTies(["Beta"], t => ties = t);

        Ranks(cut).ShouldBe(["1", "1", "2"]);
        var boxes = cut.FindAll("input[type=checkbox]");
        boxes.Count.ShouldBe(2);
        boxes[0].HasAttribute("checked").ShouldBeTrue();
        cut.FindAll(".sortable-list-tie")[1].TextContent.ShouldContain("Same rank as the item above (Gamma)");

        cut.FindAll("input[type=checkbox]")[1].Change(true);

        ties.ShouldBe(["Beta", "Gamma"], ignoreOrder: true);
        Ranks(cut).ShouldBe(["1", "1", "1"]);
        Announcement(cut).ShouldBe("Gamma now has the same rank as Beta: rank 1.");

        cut.FindAll("input[type=checkbox]")[0].Change(false);

        ties.ShouldBe(["Gamma"]);
        Ranks(cut).ShouldBe(["1", "2", "2"]);
        Announcement(cut).ShouldBe("Beta is now ranked below Alpha: rank 2.");
        changes.ShouldBe(0, "a tie changes no order");
        RankingTiers.Group(["Alpha", "Beta", "Gamma"], ties).ShouldBe([["Alpha"], ["Beta", "Gamma"]]);
    }

    [Fact(DisplayName = "A moved item leaves its tie; Escape restores the ties with the order")]
    public void Ties_MoveLeavesTheTie_EscapeRestoresIt()
    {
        IReadOnlyCollection<string>? ties = null;
        var cut = RenderWithTies(["Beta"], t => ties = t);

        Press(cut, 1, Space);
        Press(cut, 1, Down);
        Ranks(cut).ShouldBe(["1", "2", "3"]);
        Press(cut, 2, new KeyboardEventArgs { Key = "Escape" });

        Order(cut).ShouldBe(["Alpha", "Beta", "Gamma"]);
        Ranks(cut).ShouldBe(["1", "1", "2"]);
        ties.ShouldBeNull();

        cut.FindAll(".sortable-list-item")[1].QuerySelectorAll("button")[1].Click();

        changed.ShouldBe(["Alpha", "Gamma", "Beta"]);
        ties.ShouldBeEmpty();
    }

    [Fact(DisplayName = "Ranks and tiers: an item tied with the one above joins its tier; the first item never is")]
    public void RankingTiers_GroupAndRanks()
    {
        string[] order = ["A", "B", "C", "D", "E"];
        string[] tied = ["A", "B", "D", "E"];

        RankingTiers.Ranks(order, tied).ShouldBe([1, 1, 2, 2, 2]);
        RankingTiers.Group(order, tied).ShouldBe([["A", "B"], ["C", "D", "E"]]);
        RankingTiers.Group<string>([], []).ShouldBeEmpty();
    }

    [Fact(DisplayName = "A new list from the parent replaces the shown order")]
    public void Parameters_NewItems_ReplaceTheOrder()
    {
        var cut = RenderList();

        cut.Render(p => p.Add(x => x.Items, ["Gamma", "Alpha"]));

        Order(cut).ShouldBe(["Gamma", "Alpha"]);
    }
}
