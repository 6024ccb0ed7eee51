using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace CollectiveAlignment.Web.Components.Ui;

/// <summary>
/// A list the participant puts in order (a ranked ballot), by keyboard or with visible move buttons. Keyboard: Space
/// picks the focused item up, the arrow keys (Home, End) move it, Space drops it, Escape puts it back, Tab drops it and
/// moves on; without an item picked up the arrow keys move the focus. Every change is announced in a live region.
/// </summary>
/// <remarks>Needs an interactive render mode. <see cref="ItemsChanged"/> is raised once per completed move.</remarks>
public sealed partial class SortableList<TItem> : ComponentBase
    where TItem : notnull
{
    private readonly Dictionary<int, ElementReference> handles = [];
    private readonly Dictionary<int, ElementReference> upButtons = [];
    private readonly Dictionary<int, ElementReference> downButtons = [];
    private List<TItem> order = [];
    private IReadOnlyList<TItem>? lastItems;
    private ElementReference listElement;
    private IJSObjectReference? module;
    private int? grabbed;
    private int origin;
    private string announcement = "";
    private (int Index, FocusTarget Target)? pendingFocus;

    private enum FocusTarget
    {
        Handle,
        Up,
        Down,
    }

    /// <summary>The items in their current order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<TItem> Items { get; set; } = [];

    /// <summary>Raised with the new order after each completed move (a drop that changed the order, or a button press).</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<TItem>> ItemsChanged { get; set; }

    /// <summary>How an item is shown.</summary>
    [Parameter, EditorRequired]
    public RenderFragment<TItem> ItemTemplate { get; set; } = default!;

    /// <summary>The item's name in announcements and button labels (plain text).</summary>
    [Parameter, EditorRequired]
    public Func<TItem, string> ItemLabel { get; set; } = default!;

    /// <summary>The list's accessible name, e.g. "Your ranking".</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The id of the outer element; the help text and list ids derive from it.</summary>
    [Parameter]
    public string Id { get; set; } = $"sortable-{Guid.NewGuid():N}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // A new list from the parent replaces ours, unless an item is in the air (the parent is re-rendering for another reason).
        if (grabbed is null && !ReferenceEquals(lastItems, Items))
        {
            order = [.. Items];
            lastItems = Items;
        }
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The module only stops Space and the arrow keys from scrolling the page; Tab is left alone.
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Ui/SortableList.razor.js");
            await module.InvokeVoidAsync("init", listElement);
        }

        if (pendingFocus is { } focus)
        {
            pendingFocus = null;
            var target = focus.Target switch
            {
                FocusTarget.Up when focus.Index > 0 => upButtons[focus.Index],
                FocusTarget.Down when focus.Index < order.Count - 1 => downButtons[focus.Index],
                _ => handles[focus.Index],
            };
            await target.FocusAsync();
        }
    }

    private static string Position(int index) => (index + 1).ToString(System.Globalization.CultureInfo.CurrentCulture);

    private async Task OnKeyDownAsync(KeyboardEventArgs e, int index)
    {
        switch (e.Key)
        {
            case " " or "Spacebar":
                await ToggleGrabAsync(index);
                break;
            case "ArrowUp":
                await StepAsync(index, -1);
                break;
            case "ArrowDown":
                await StepAsync(index, 1);
                break;
            case "Home":
                await StepAsync(index, -index);
                break;
            case "End":
                await StepAsync(index, order.Count - 1 - index);
                break;
            case "Escape" when grabbed is { } from:
                MoveItem(from, origin);
                grabbed = null;
                Announce("Cancelled", origin);
                pendingFocus = (origin, FocusTarget.Handle);
                break;
            case "Tab" when grabbed is { } from:
                // The browser moves the focus on; taking it back would trap the keyboard in the list.
                await DropAsync(from, refocus: false);
                break;
        }
    }

    private async Task ToggleGrabAsync(int index)
    {
        if (grabbed is { } from)
        {
            await DropAsync(from, refocus: true);
            return;
        }

        grabbed = index;
        origin = index;
        Announce("PickedUp", index);
    }

    private async Task DropAsync(int at, bool refocus)
    {
        grabbed = null;
        Announce("Dropped", at);
        if (refocus)
        {
            pendingFocus = (at, FocusTarget.Handle);
        }

        if (at != origin)
        {
            await ItemsChanged.InvokeAsync(Snapshot());
        }
    }

    private Task StepAsync(int index, int delta)
    {
        var target = Math.Clamp(index + delta, 0, order.Count - 1);
        if (grabbed is { } from)
        {
            MoveItem(from, target);
            grabbed = target;
            Announce("Moved", target);
        }

        pendingFocus = (target, FocusTarget.Handle);
        return Task.CompletedTask;
    }

    private async Task MoveByButtonAsync(int index, int delta)
    {
        var target = Math.Clamp(index + delta, 0, order.Count - 1);
        if (grabbed is not null || target == index)
        {
            return;
        }

        MoveItem(index, target);
        Announce("Moved", target);
        pendingFocus = (target, delta < 0 ? FocusTarget.Up : FocusTarget.Down);
        await ItemsChanged.InvokeAsync(Snapshot());
    }

    // A copy, so the order the parent keeps never changes under it with our next move.
    private TItem[] Snapshot() => [.. order];

    private void MoveItem(int from, int to)
    {
        var item = order[from];
        order.RemoveAt(from);
        order.Insert(to, item);
    }

    private void Announce(string key, int index) =>
        announcement = L[key, ItemLabel(order[index]), index + 1, order.Count];
}
