console.log('dockwise');
