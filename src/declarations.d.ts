// SVG icons are bundled as text (angular.json loader) and registered with MatIconRegistry.
declare module '*.svg' {
  const content: string;
  export default content;
}
