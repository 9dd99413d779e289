"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expandVariants = void 0;
// Every variant keeps its own copy of the item so later steps may edit it freely.
const expandVariants = (items) => items.flatMap((item) => item.sizes.map((size) => ({
    sku: `${item.id}-${size}`,
    base: JSON.parse(JSON.stringify(item)),
    size,
    colour: item.colours[0],
})));
exports.expandVariants = expandVariants;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidmFyaWFudHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvc3RlcHMvdmFyaWFudHMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBU0Esa0ZBQWtGO0FBQzNFLE1BQU0sY0FBYyxHQUFHLENBQUMsS0FBaUIsRUFBYSxFQUFFLENBQzdELEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUNyQixJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN4QixHQUFHLEVBQUUsR0FBRyxJQUFJLENBQUMsRUFBRSxJQUFJLElBQUksRUFBRTtJQUN6QixJQUFJLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFhO0lBQ2xELElBQUk7SUFDSixNQUFNLEVBQUUsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7Q0FDeEIsQ0FBQyxDQUFDLENBQ0osQ0FBQztBQVJTLFFBQUEsY0FBYyxrQkFRdkIifQ==