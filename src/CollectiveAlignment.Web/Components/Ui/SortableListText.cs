namespace CollectiveAlignment.Web.Components.Ui;

/// <summary>
/// Names the resource file of <see cref="SortableList{TItem}"/>'s text: a generic component's own type name is no
/// good file name (<c>SortableList`1</c>), so its localizer is typed by this marker.
/// </summary>
internal sealed class SortableListText;
